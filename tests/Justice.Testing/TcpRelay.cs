using System.Net;
using System.Net.Sockets;

namespace Justice.Testing;

/// <summary>
/// Passes TCP connections on to a server until the test severs it: then every relayed connection is cut and new ones
/// are refused, as when the server's process is killed — without stopping a server other tests share. Restored, it
/// relays new connections again on the same port, as a server that came back would accept them.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly List<Socket> _sockets = [];
    private readonly string _host;
    private readonly int _port;
    private TcpListener _listener;
    private bool _severed;

    public TcpRelay(string host, int port)
    {
        (_host, _port) = (host, port);
        _listener = Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener);
    }

    /// <summary>The loopback port to connect to instead of the server's.</summary>
    public int Port { get; }

    /// <summary>Cuts every relayed connection and refuses new ones from now on.</summary>
    public void Sever()
    {
        lock (_sockets)
        {
            _severed = true;
            _listener.Stop();
            _sockets.ForEach(socket => socket.Dispose());
            _sockets.Clear();
        }
    }

    /// <summary>Listens on <see cref="Port"/> again after <see cref="Sever"/>: new connections are relayed once more.</summary>
    public void Restore()
    {
        lock (_sockets)
        {
            if (!_severed)
            {
                return;
            }
            _listener = Listen(Port);
            _severed = false;
            _ = AcceptAsync(_listener);
        }
    }

    public void Dispose() => Sever();

    /// <summary>
    /// A listener on loopback; address reuse lets a restored relay take its port back while the connections it cut
    /// linger in TIME_WAIT.
    /// </summary>
    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        return listener;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
            {
                return; // severed
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        if (!Track(client, server))
        {
            return;
        }
        try
        {
            await server.ConnectAsync(_host, _port);
            await using var fromClient = new NetworkStream(client);
            await using var fromServer = new NetworkStream(server);
            await Task.WhenAny(fromClient.CopyToAsync(fromServer), fromServer.CopyToAsync(fromClient));
        }
        catch (Exception cut) when (cut is SocketException or IOException or ObjectDisposedException)
        {
            // Severed, or one side closed: the other side is closed below, as a dying server's would be.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    /// <summary>Remembers a connection's two sockets for <see cref="Sever"/>; false (and both closed) once severed.</summary>
    private bool Track(Socket client, Socket server)
    {
        lock (_sockets)
        {
            if (_severed)
            {
                client.Dispose();
                server.Dispose();
                return false;
            }
            _sockets.Add(client);
            _sockets.Add(server);
            return true;
        }
    }
}
