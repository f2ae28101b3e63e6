/** JMS consumers of activation: setpoints from load-frequency controllers, baselines from devices. */
package org.gridflex.activation.messaging;
