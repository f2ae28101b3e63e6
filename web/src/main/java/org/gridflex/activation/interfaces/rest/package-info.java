/** REST API of activation: setpoints of a TSO, their devices' answers, and the nodes' public signing keys. */
package org.gridflex.activation.interfaces.rest;
