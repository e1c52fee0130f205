/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.SparkConf;

/**
 * What {@code tawsim spark-build} adds to the user's Spark settings when it runs on a cluster
 * without {@code spark-submit}, as {@code java -cp tawsim-spark-submit.jar:SPARK/jars/* ...} (which
 * is what {@code ./tawsim spark-build --master spark://...} runs):
 *
 * <ul>
 *   <li>{@code spark.jars}: the jar the command runs from, so that the executors, which have Spark
 *       only, get Tawsim's code and resources (sentence model, lists) from the driver. {@code
 *       spark-submit} does the same with its application jar, so under it ({@code
 *       spark.submit.deployMode} set) nothing is added, nor when the user set {@code spark.jars}.
 *   <li>{@code spark.driver.host} and {@code spark.driver.bindAddress} {@code 127.0.0.1} when every
 *       master host is a loopback address: such a cluster runs on this machine, and the driver
 *       would otherwise listen on (and give the executors) the address of a network interface.
 * </ul>
 *
 * In local mode nothing changes.
 */
final class ClusterSettings {

  static final String JARS = "spark.jars";
  static final String DEPLOY_MODE = "spark.submit.deployMode";
  static final String DRIVER_HOST = "spark.driver.host";
  static final String DRIVER_BIND = "spark.driver.bindAddress";
  static final String LOOPBACK = "127.0.0.1";

  private ClusterSettings() {}

  /**
   * Adds the settings above to {@code conf}, whose master is set.
   *
   * @param ownJar where the command's classes were loaded from
   * @param carriesTawsim whether that location also holds the rest of Tawsim (the submit jar does,
   *     the module's own thin jar does not)
   * @throws IllegalArgumentException when the executors would get no Tawsim code: the command runs
   *     from classes that are no complete jar and {@code spark.jars} is not set
   */
  static void apply(SparkConf conf, URI ownJar, boolean carriesTawsim) {
    String master = conf.get("spark.master");
    if (master.startsWith("local")) {
      return;
    }
    if (!conf.contains(DEPLOY_MODE) && !conf.contains(JARS)) {
      if (!carriesTawsim || !ownJar.getPath().endsWith(".jar")) {
        throw new IllegalArgumentException(
            "on the cluster "
                + master
                + " the executors need Tawsim's code, and this command does not run from a jar"
                + " that holds it ("
                + ownJar
                + "): run spark/target/tawsim-spark-submit.jar (./tawsim spark-build and"
                + " spark-submit do), or name the jars in spark.jars");
      }
      conf.set(JARS, ownJar.toString());
    }
    if (!conf.contains(DRIVER_HOST) && onLoopback(master)) {
      conf.set(DRIVER_HOST, LOOPBACK);
      if (!conf.contains(DRIVER_BIND)) {
        conf.set(DRIVER_BIND, LOOPBACK);
      }
    }
  }

  /**
   * Returns true when every host of a master URL ({@code spark://h1:7077,h2:7077} names a master
   * and its standbys) is a loopback name or address. No name is looked up.
   */
  static boolean onLoopback(String master) {
    int scheme = master.indexOf("://");
    if (scheme < 0) {
      return false;
    }
    String hosts = master.substring(scheme + 3);
    int path = hosts.indexOf('/');
    if (path >= 0) {
      hosts = hosts.substring(0, path);
    }
    return Arrays.stream(hosts.split(","))
        .map(ClusterSettings::host)
        .allMatch(h -> h.equals("localhost") || h.startsWith("127.") || h.equals("::1"));
  }

  private static String host(String hostPort) {
    String h = hostPort.toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(1, end);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
