using System.Net;
using System.Net.Sockets;

namespace Justice.Testing;

/// <summary>Ports nothing listens on, for servers a test starts itself.</summary>
public static class FreePorts
{
    /// <summary>A free port; with <paramref name="rabbitMq"/>, one whose +1000 (distribution) and +2000 (epmd) are free too.</summary>
    public static int Next(bool rabbitMq = false)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(20000, 40000);
            if (IsFree(port) && (!rabbitMq || (IsFree(port + 1000) && IsFree(port + 2000))))
            {
                return port;
            }
        }
        throw new InvalidOperationException("No free port found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
