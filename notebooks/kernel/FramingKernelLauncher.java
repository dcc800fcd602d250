import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.LogManager;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 as its own {@code MainApp} does, minus a start-up race.
 *
 * <p>{@code Channels.connect} binds the sockets and starts the shell thread before it creates
 * its map of message handlers. A client that asks for {@code kernel_info} at once (nbconvert
 * does) can reach the shell thread while that map is still null: the thread dies of a
 * NullPointerException and the kernel never answers ("Kernel didn't respond in 60 seconds"),
 * in about one start in three on a loaded machine. Here the map exists before {@code connect}:
 * an early request finds no handler yet, is logged as unhandled, and the client asks again a
 * second later, when it is answered.
 *
 * <p>Usage, in kernel.json: {@code java -cp <this class>:<kernel jar> FramingKernelLauncher
 * {connection_file}}.
 */
public final class FramingKernelLauncher {
  private FramingKernelLauncher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: FramingKernelLauncher CONNECTION_FILE");
    }
    try (var logging = RapaioKernel.class.getClassLoader().getResourceAsStream("logging.properties")) {
      if (logging != null) {
        LogManager.getLogManager().readConfiguration(logging);
      }
    }
    // The kernel instance MainApp creates in its static initialiser: the notebook's display(...)
    // (org.rapaio.jupyter.kernel.global.Global) reaches the channels through it.
    Field kernelField = MainApp.class.getDeclaredField("kernel");
    kernelField.setAccessible(true);
    RapaioKernel kernel = (RapaioKernel) kernelField.get(null);
    String connection = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Channels channels = new Channels(Transform.fromJson(connection, ConnectionProperties.class));
    Field handlers = Channels.class.getDeclaredField("handlers");
    handlers.setAccessible(true);
    handlers.set(channels, new HashMap<>());
    channels.connect(kernel);
    channels.joinUntilClose();
  }
}
