/** JMS consumers of planning: the inbox router, one planning consumer and one optimizer consumer per TSO, and run triggers. */
package org.gridflex.planning.messaging;
