/** The device API's MQTT topics as broker addresses. */
package org.gridflex.device.messaging;
