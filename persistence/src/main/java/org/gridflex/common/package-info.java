/** Value types and mappings shared by all GridFlex domains. */
package org.gridflex.common;
