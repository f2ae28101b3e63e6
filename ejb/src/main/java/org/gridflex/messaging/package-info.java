/** Messaging infrastructure shared by the domains: the transaction's JMS context. */
package org.gridflex.messaging;
