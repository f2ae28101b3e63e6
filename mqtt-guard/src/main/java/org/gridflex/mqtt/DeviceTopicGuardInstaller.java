package org.gridflex.mqtt;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.Interceptor;
import org.apache.activemq.artemis.core.protocol.core.Packet;
import org.apache.activemq.artemis.core.remoting.server.RemotingService;
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.core.server.impl.ServerStatus;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * Puts {@link DeviceTopicGuard} in front of the broker's MQTT protocol. WildFly's {@code incoming-interceptors}
 * accepts only core-protocol interceptors, so this class is the one WildFly instantiates: it lets every core packet
 * through (those are the application's own in-VM sessions) and, as soon as the broker that WildFly is starting has
 * its remoting service, adds the MQTT interceptor to it. That happens while the broker loads its journal, before it
 * opens its acceptors, so no device packet reaches the broker unguarded.
 */
public class DeviceTopicGuardInstaller implements Interceptor {

    private static final Logger LOG = Logger.getLogger(DeviceTopicGuardInstaller.class.getName());
    private static final long INSTALL_TIMEOUT_SECONDS = 300;

    public DeviceTopicGuardInstaller() {
        Thread installer = new Thread(this::install, "gridflex-mqtt-guard-installer");
        installer.setDaemon(true);
        installer.start();
    }

    private void install() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(INSTALL_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            ActiveMQServerImpl server = ServerStatus.getServer();
            RemotingService remoting = server == null ? null : server.getRemotingService();
            if (remoting != null) {
                remoting.addIncomingInterceptor(new DeviceTopicGuard());
                LOG.info("GridFlex MQTT topic guard installed: devices may use only gridflex/devices/<own id>/ topics");
                return;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.severe("GridFlex MQTT topic guard NOT installed: the broker did not start within "
                + INSTALL_TIMEOUT_SECONDS + " s");
    }

    @Override
    public boolean intercept(Packet packet, RemotingConnection connection) {
        return true;
    }
}
