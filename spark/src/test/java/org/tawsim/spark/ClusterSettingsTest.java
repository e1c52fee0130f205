/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.apache.spark.SparkConf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the command adds to the Spark settings of a run, per master and way of starting. */
class ClusterSettingsTest {

  private static final URI SUBMIT_JAR = URI.create("file:/opt/tawsim/tawsim-spark-submit.jar");

  /**
   * @param deployMode set by spark-submit; '-' when the command was started without it
   * @param jars the user's spark.jars; '-' for none
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # master                          | deployMode | jars            | spark.jars after                            | driver host and bind address
          local[2]                          | -          | -               | -                                           | -
          spark://127.0.0.1:7077            | -          | -               | file:/opt/tawsim/tawsim-spark-submit.jar    | 127.0.0.1
          spark://localhost:7077            | -          | -               | file:/opt/tawsim/tawsim-spark-submit.jar    | 127.0.0.1
          spark://127.0.0.1:7077,[::1]:7078 | -          | -               | file:/opt/tawsim/tawsim-spark-submit.jar    | 127.0.0.1
          spark://master.example:7077       | -          | -               | file:/opt/tawsim/tawsim-spark-submit.jar    | -
          spark://127.0.0.1:7077,m2:7077    | -          | -               | file:/opt/tawsim/tawsim-spark-submit.jar    | -
          spark://master.example:7077       | client     | -               | -                                           | -
          spark://127.0.0.1:7077            | client     | -               | -                                           | 127.0.0.1
          yarn                              | cluster    | -               | -                                           | -
          spark://master.example:7077       | -          | hdfs:///t.jar   | hdfs:///t.jar                               | -
          """)
  void addsTheJobsJarAndALoopbackDriver(
      String master, String deployMode, String jars, String jarsAfter, String driverHost) {
    SparkConf conf = new SparkConf(false).setMaster(master);
    if (deployMode != null) {
      conf.set(ClusterSettings.DEPLOY_MODE, deployMode);
    }
    if (jars != null) {
      conf.set(ClusterSettings.JARS, jars);
    }

    ClusterSettings.apply(conf, SUBMIT_JAR, true);

    assertEquals(jarsAfter, conf.get(ClusterSettings.JARS, null), ClusterSettings.JARS);
    assertEquals(driverHost, conf.get(ClusterSettings.DRIVER_HOST, null), "driver host");
    assertEquals(driverHost, conf.get(ClusterSettings.DRIVER_BIND, null), "bind address");
  }

  @ParameterizedTest
  @CsvSource({
    // where the command's classes come from | whether Tawsim's other classes come from there
    "file:/repo/spark/target/tawsim-spark.jar, false",
    "file:/repo/spark/target/classes/, true",
  })
  void refusesAClusterWhenTheExecutorsWouldGetNoTawsimCode(String ownJar, boolean carries) {
    SparkConf conf = new SparkConf(false).setMaster("spark://127.0.0.1:7077");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClusterSettings.apply(conf, URI.create(ownJar), carries));
    assertTrue(e.getMessage().contains("tawsim-spark-submit.jar"), e.getMessage());
    assertTrue(e.getMessage().contains(ownJar), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          spark://127.0.0.1:7077                | true
          spark://127.0.0.2:7077                | true
          spark://LOCALHOST:7077                | true
          spark://[::1]:7077                    | true
          spark://10.0.0.1:7077                 | false
          spark://127.0.0.1:7077,10.0.0.1:7077  | false
          k8s://https://127.0.0.1:6443          | false
          yarn                                  | false
          """)
  void seesWhetherEveryMasterIsOnTheLoopback(String master, boolean loopback) {
    assertEquals(loopback, ClusterSettings.onLoopback(master));
  }
}
