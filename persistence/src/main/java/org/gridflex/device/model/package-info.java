/** Device registry model: registered flexible devices and their broker credentials. */
package org.gridflex.device.model;
