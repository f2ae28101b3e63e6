/** Device registry services: registration, lookup and removal of flexible devices. */
package org.gridflex.device.application;
