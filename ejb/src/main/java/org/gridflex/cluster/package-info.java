/** What the domains share to see each other's nodes: changes of replicated caches, and the followers of a node. */
package org.gridflex.cluster;
