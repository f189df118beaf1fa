package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;

/** The clientele-runtime types generated clients call. */
final class RuntimeTypes {

  private static final String PACKAGE = "dev.clientele.runtime";

  static final ClassName API_CLIENT = ClassName.get(PACKAGE, "ApiClient");
  static final ClassName CALL = ClassName.get(PACKAGE, "Call");
  static final ClassName CLIENT_CONFIG = ClassName.get(PACKAGE, "ClientConfig");
  static final ClassName AUTHENTICATION = ClassName.get(PACKAGE, "Authentication");
  static final ClassName RETRY_POLICY = ClassName.get(PACKAGE, "RetryPolicy");
  static final ClassName REQUEST_OPTIONS = ClassName.get(PACKAGE, "RequestOptions");
  static final ClassName TRANSPORT = ClassName.get(PACKAGE, "Transport");
  static final ClassName TYPE_REFERENCE = ClassName.get(PACKAGE, "TypeToken");
  static final ClassName EVENT_STREAM = ClassName.get(PACKAGE, "EventStream");
  static final ClassName SERVER_SENT_EVENT = ClassName.get(PACKAGE, "ServerSentEvent");
  static final ClassName RAW_RESPONSE = ClassName.get(PACKAGE, "RawResponse");
  static final ClassName ENVIRONMENT_VARIABLES = ClassName.get(PACKAGE, "EnvironmentVariables");
  static final ClassName OPEN_ENUM = ClassName.get(PACKAGE, "OpenEnum");
  static final ClassName OPEN_INT_ENUM = ClassName.get(PACKAGE, "OpenIntEnum");
  static final ClassName OPEN_LONG_ENUM = ClassName.get(PACKAGE, "OpenLongEnum");
  static final ClassName REQUIRED = ClassName.get(PACKAGE, "Required");
  static final ClassName COPIES = ClassName.get(PACKAGE, "Copies");

  private RuntimeTypes() {}
}
