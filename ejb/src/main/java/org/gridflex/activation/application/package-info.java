/** Activation: signing keys of the node, setpoints split over bundles and sent to devices, their baselines back. */
package org.gridflex.activation.application;
