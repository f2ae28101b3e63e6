/** Federation services: sharing offers with peer installations, forwarding activations, returning answers. */
package org.gridflex.federation.application;
