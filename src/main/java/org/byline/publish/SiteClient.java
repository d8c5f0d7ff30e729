package org.byline.publish;

/** Sends stories to one site. Throws {@link PushFault} when it does not arrive. */
public interface SiteClient {
    Delivery deliver(Story story, RemoteMemory memory);
}
