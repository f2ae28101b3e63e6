/** REST view of this installation's federation with its peers. */
package org.gridflex.federation.interfaces.rest;
