/** Market messaging: the device API's MQTT topics and payloads and the consumers that read them. */
package org.gridflex.market.messaging;
