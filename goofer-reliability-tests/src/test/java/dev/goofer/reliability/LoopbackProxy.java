package dev.goofer.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between a connection pool and a database server that can cut
 * every open connection at once and refuse new ones (accepting and closing them at once)
 * until it is healed.
 */
final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;

    private final String upstreamHost;

    private final int upstreamPort;

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean refusing = new AtomicBoolean();

    private final AtomicInteger cuts = new AtomicInteger();

    private final AtomicInteger refused = new AtomicInteger();

    private final Thread acceptor;

    LoopbackProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "loopback-proxy-" + port());
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    int port() {
        return this.server.getLocalPort();
    }

    /** Close every open connection, both sides, and refuse new ones until healed. */
    void cut() {
        this.refusing.set(true);
        cutOpenConnections();
    }

    /** Close every open connection, both sides, and keep accepting new ones. */
    void cutOpenConnections() {
        this.cuts.incrementAndGet();
        for (Socket socket : this.sockets) {
            closeQuietly(socket);
        }
    }

    /** Accept and forward new connections again. */
    void heal() {
        this.refusing.set(false);
    }

    /** The number of times connections were cut. */
    int cuts() {
        return this.cuts.get();
    }

    /** The number of connections refused. */
    int refused() {
        return this.refused.get();
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                Socket client = this.server.accept();
                if (this.refusing.get()) {
                    this.refused.incrementAndGet();
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(this.upstreamHost, this.upstreamPort), 5_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                this.sockets.add(client);
                this.sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            }
            catch (IOException ex) {
                // The server socket closed, or the upstream refused: the client sees a
                // closed
                // connection either way.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
            catch (SocketException ex) {
                // Cut or closed by the other side.
            }
            catch (IOException ex) {
                // Same: the connection is gone.
            }
            finally {
                this.sockets.remove(from);
                this.sockets.remove(to);
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "loopback-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        this.server.close();
        for (Socket socket : this.sockets) {
            closeQuietly(socket);
        }
    }

}
