package org.gridflex.it;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) following a tenant's live offers as an operator. */
final class LiveOfferSocket implements AutoCloseable {

    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private LiveOfferSocket(String user, String tenant, String feed) throws Exception {
        StringBuilder partial = new StringBuilder();
        socket = GridFlexServer.HTTP.newWebSocketBuilder()
                .header("Authorization", GridFlexServer.basic(user))
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(GridFlexServer.WS_BASE + "/ws/tenants/" + tenant + "/" + feed), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        closedWith.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        closedWith.completeExceptionally(error);
                    }
                })
                .get(15, TimeUnit.SECONDS);
    }

    static LiveOfferSocket follow(String user, String tenant) throws Exception {
        return new LiveOfferSocket(user, tenant, "offers");
    }

    /** Follows another of the tenant's feeds ("offers" or "bundles"). */
    static LiveOfferSocket follow(String user, String tenant, String feed) throws Exception {
        return new LiveOfferSocket(user, tenant, feed);
    }

    /** The next message that mentions the text, or null when none comes in time. */
    String awaitMessageContaining(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String message = messages.poll(200, TimeUnit.MILLISECONDS);
            if (message != null && message.contains(text)) {
                return message;
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
