/** Packages: reads the three package forms (task jar, bgsim-manifest.json, appx manifest) into one immutable model, checks them and gives each its own class loader. */
package dev.bgsim.pkg;
