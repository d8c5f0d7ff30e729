package org.byline.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

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
        this.port = freePortBelowTheEphemeralOnes();
        plugIn();
    }

    /**
     * A port the system never hands out for outgoing connections (Linux's ephemeral range starts
     * at 32768): while the cable is pulled out, a port from that range could be taken as the
     * source port of some connection, and plugging back in would fail.
     */
    private static int freePortBelowTheEphemeralOnes() throws IOException {
        for (int tries = 0; tries < 200; tries++) {
            int candidate = 20000 + ThreadLocalRandom.current().nextInt(12000);
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                return candidate;
            } catch (IOException taken) {
                // someone listens there: another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
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
        // connections just cut are still closing (FIN_WAIT) for a moment, and Linux lets nobody
        // listen on their port until they are only TIME_WAIT: try again for a few seconds
        for (int tries = 0; ; tries++) {
            try {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                break;
            } catch (BindException stillClosing) {
                if (tries >= 100) {
                    socket.close();
                    throw stillClosing;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    socket.close();
                    throw stillClosing;
                }
            }
        }
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
                if (!keep(socket, workstation)) {
                    return;
                }
                Socket server = new Socket(serverHost, serverPort);
                if (!keep(socket, server)) {
                    return;
                }
                pump(workstation, server);
                pump(server, workstation);
            } catch (IOException e) {
                return; // pulled out
            }
        }
    }

    /**
     * Keeps {@code connection} to be cut with the rest, unless the cable was pulled out meanwhile:
     * then it is cut at once (an accepted connection left open would keep the port from being
     * listened on again).
     */
    private synchronized boolean keep(ServerSocket from, Socket connection) {
        if (listener != from) {
            closeQuietly(connection);
            return false;
        }
        open.add(connection);
        return true;
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
