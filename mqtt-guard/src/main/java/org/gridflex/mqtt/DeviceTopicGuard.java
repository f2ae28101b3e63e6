package org.gridflex.mqtt;

import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTInterceptor;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * Broker-side enforcement that a device publishes and subscribes only on its own topics. Artemis authenticates the
 * CONNECT against the device registry; this interceptor remembers the authenticated device id per connection and
 * refuses any PUBLISH or SUBSCRIBE outside {@code gridflex/devices/<id>/}, which makes the broker disconnect the
 * client. Refusals are logged with their reason and counted (JMX {@code org.gridflex:type=DeviceTopicGuard}).
 */
public class DeviceTopicGuard implements MQTTInterceptor, DeviceTopicGuardMXBean {

    static final String OBJECT_NAME = "org.gridflex:type=DeviceTopicGuard";
    private static final Logger LOG = Logger.getLogger(DeviceTopicGuard.class.getName());
    private static final LongAdder REFUSED_PUBLISHES = new LongAdder();
    private static final LongAdder REFUSED_SUBSCRIPTIONS = new LongAdder();

    private final Map<Object, String> deviceByConnection = new ConcurrentHashMap<>();

    public DeviceTopicGuard() {
        register(this);
    }

    @Override
    public boolean intercept(MqttMessage packet, RemotingConnection connection) {
        if (packet instanceof MqttConnectMessage connect) {
            remember(connection, connect.payload().userName());
            return true;
        }
        if (packet instanceof MqttPublishMessage publish) {
            String topic = publish.variableHeader().topicName();
            if (!DeviceTopicRule.mayUse(deviceOf(connection), topic)) {
                REFUSED_PUBLISHES.increment();
                LOG.warning(() -> "Refused MQTT publish by " + deviceOf(connection) + " on " + topic
                        + ": a device may only publish on its own topics; disconnecting it");
                return false;
            }
            return true;
        }
        if (packet instanceof MqttSubscribeMessage subscribe) {
            for (MqttTopicSubscription subscription : subscribe.payload().topicSubscriptions()) {
                if (!DeviceTopicRule.mayUse(deviceOf(connection), subscription.topicName())) {
                    REFUSED_SUBSCRIPTIONS.increment();
                    LOG.warning(() -> "Refused MQTT subscription by " + deviceOf(connection) + " to "
                            + subscription.topicName() + ": a device may only follow its own topics; disconnecting it");
                    return false;
                }
            }
        }
        return true;
    }

    private void remember(RemotingConnection connection, String deviceId) {
        Object id = connection.getID();
        if (deviceId == null) {
            deviceByConnection.remove(id);
            return;
        }
        if (deviceByConnection.put(id, deviceId) == null) {
            connection.addCloseListener(() -> deviceByConnection.remove(id));
            connection.addFailureListener(new org.apache.activemq.artemis.core.remoting.FailureListener() {
                @Override
                public void connectionFailed(org.apache.activemq.artemis.api.core.ActiveMQException exception,
                        boolean failedOver) {
                    deviceByConnection.remove(id);
                }

                @Override
                public void connectionFailed(org.apache.activemq.artemis.api.core.ActiveMQException exception,
                        boolean failedOver, String scaleDownTargetNodeID) {
                    deviceByConnection.remove(id);
                }
            });
        }
    }

    private String deviceOf(RemotingConnection connection) {
        return deviceByConnection.get(connection.getID());
    }

    @Override
    public long getRefusedPublishes() {
        return REFUSED_PUBLISHES.sum();
    }

    @Override
    public long getRefusedSubscriptions() {
        return REFUSED_SUBSCRIPTIONS.sum();
    }

    /** Connections currently known to the guard; closed ones are forgotten. */
    int trackedConnections() {
        return deviceByConnection.size();
    }

    private static void register(DeviceTopicGuard guard) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(OBJECT_NAME);
            if (!server.isRegistered(name)) {
                server.registerMBean(guard, name);
            }
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.WARNING, "Topic guard counters are not available over JMX", e);
        }
    }
}
