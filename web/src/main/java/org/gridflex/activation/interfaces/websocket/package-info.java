/** Live feed of a TSO's activation answers. */
package org.gridflex.activation.interfaces.websocket;
