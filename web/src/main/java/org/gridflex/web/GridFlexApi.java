package org.gridflex.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** GridFlex's REST API for TSO/DSO backends and administrators, under /api. */
@ApplicationPath("api")
public class GridFlexApi extends Application {
}
