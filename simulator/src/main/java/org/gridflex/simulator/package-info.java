/** The device simulator: virtual devices that offer flexibility over MQTT and answer signed activations with baselines. */
package org.gridflex.simulator;
