using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Justice.Api;

/// <summary>
/// Fails a gRPC call that met a <see cref="DatabaseOutage"/> with <c>Unavailable</c>, which clients retry, instead of
/// the <c>Unknown</c> gRPC gives any exception a service method lets through.
/// </summary>
public sealed class DatabaseOutageStatus : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            throw Unavailable(exception);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            throw Unavailable(exception);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            throw Unavailable(exception);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            throw Unavailable(exception);
        }
    }

    // The exception stays attached for the server's log; only the status and the fixed detail reach the caller.
    private static RpcException Unavailable(Exception exception) =>
        new(new Status(StatusCode.Unavailable, DatabaseOutage.Detail, exception));
}
