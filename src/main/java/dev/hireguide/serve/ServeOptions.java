package dev.hireguide.serve;

import dev.hireguide.build.BuildOptions;

import java.net.InetAddress;

/**
 * What to serve and where.
 *
 * @param build the build's options; its output folder is the dev server's own (see {@link DevServer})
 * @param bind  the address to listen on; 127.0.0.1 keeps the site on this computer
 * @param port  the port, or 0 for any free one
 */
public record ServeOptions(BuildOptions build, InetAddress bind, int port) {
}
