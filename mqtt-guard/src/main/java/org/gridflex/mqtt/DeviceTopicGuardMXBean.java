package org.gridflex.mqtt;

/** Counters of what the topic guard refused on this broker, readable over JMX. */
public interface DeviceTopicGuardMXBean {

    long getRefusedPublishes();

    long getRefusedSubscriptions();
}
