/** Activation of flexibility: the signed setpoint a device receives, its baseline answer, and how both are signed. */
package org.gridflex.activation.model;
