/** Federation between GridFlex installations: peers, their keys, signed messages between them and why one is refused. */
package org.gridflex.federation.model;
