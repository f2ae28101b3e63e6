/** The JMS edge of federation: the consumer of what peer installations send over the broker bridges. */
package org.gridflex.federation.messaging;
