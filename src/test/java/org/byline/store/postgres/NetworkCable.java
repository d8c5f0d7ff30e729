package org.byline.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A workstation's network between it and the newsroom server, which a test can pull out and plug
 * back in: a TCP relay on a port of its own. Pulled out, it drops every open connection and
 * refuses new ones, as a press room's Wi-Fi does; the server itself runs on, as it would.
 */
public final class NetworkCable implements AutoCloseable {
    private final String serverHost;
    private final int serverPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    public NetworkCable(String serverHost, int serverPort) throws IOException {
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        plugIn();
    }

    /** The address of {@code database} through this cable, as a workstation joins it. */
    public String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    public synchronized void plugIn() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread accept = new Thread(() -> accept(socket), "network-cable-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    public synchronized void pullOut() {
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            closeQuietly(socket);
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket workstation = socket.accept();
                Socket server = new Socket(serverHost, serverPort);
                open.add(workstation);
                open.add(server);
                pump(workstation, server);
                pump(server, workstation);
            } catch (IOException e) {
                return; // pulled out
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException ignored) {
                        // one side went away: the other follows
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "network-cable-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is all that was asked
        }
    }

    @Override
    public void close() {
        pullOut();
    }
}
