package dev.clientele.checks;

/** How the runners report an exception Clientele threw: the exception and where in Clientele. */
public final class Crashes {

  private Crashes() {}

  /** {@code NullPointerException: ... at dev.clientele.core.emit.JavaTypes.className(JavaTypes.java:74)}. */
  public static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.clientele.") && !frame.getClassName().startsWith("dev.clientele.checks.")) {
        text.append(" at ").append(frame);
        break;
      }
    }
    return text.toString();
  }
}
