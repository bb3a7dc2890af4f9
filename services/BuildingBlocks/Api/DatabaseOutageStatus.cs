using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Justice.Api;

/// <summary>
/// Fails a gRPC call that met a <see cref="DatabaseOutage"/> with <c>Unavailable</c>, which clients retry, instead of
/// the <c>Unknown</c> gRPC gives any exception a service method lets through.
/// </summary>
public sealed class DatabaseOutageStatus : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation) =>
        Guarded(() => continuation(request, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        Guarded(() => continuation(request, responseStream, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        Guarded(() => continuation(requestStream, context));

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        Guarded(() => continuation(requestStream, responseStream, context));

    private static async Task<T> Guarded<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            throw Unavailable(exception);
        }
    }

    private static async Task Guarded(Func<Task> call)
    {
        try
        {
            await call();
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
