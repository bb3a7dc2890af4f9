using Grpc.Core;
using Justice.Assessment.Training;
using Justice.Training.V1;

namespace Justice.Assessment.Tests.Assessments;

/// <summary>How the training check reads Training's gRPC status codes: "cannot answer now" and "will not answer you" differ.</summary>
public sealed class TrainingCheckTests
{
    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Unknown)]
    public async Task Training_out_of_reach_makes_the_check_unavailable(StatusCode status) =>
        await Assert.ThrowsAsync<TrainingCheckUnavailableException>(() => CheckWhenTrainingAnswers(status));

    [Theory]
    [InlineData(StatusCode.Unauthenticated)]
    [InlineData(StatusCode.PermissionDenied)]
    public async Task Training_refusing_the_token_makes_the_check_refused(StatusCode status) =>
        await Assert.ThrowsAsync<TrainingCheckRefusedException>(() => CheckWhenTrainingAnswers(status));

    [Fact]
    public async Task Any_other_failure_is_not_disguised() =>
        Assert.Equal(StatusCode.InvalidArgument,
            (await Assert.ThrowsAsync<RpcException>(() => CheckWhenTrainingAnswers(StatusCode.InvalidArgument))).StatusCode);

    private static Task<bool> CheckWhenTrainingAnswers(StatusCode status) =>
        new TrainingCheck(new TrainingDirectory.TrainingDirectoryClient(new FailingInvoker(status)))
            .IsTrainedAsync("account-1", CancellationToken.None);

    /// <summary>A channel on which every call ends with <paramref name="status"/>, as Training's would.</summary>
    private sealed class FailingInvoker(StatusCode status) : CallInvoker
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            new(Task.FromException<TResponse>(new RpcException(new Status(status, "scripted"))),
                Task.FromResult(new Metadata()), () => new Status(status, "scripted"), () => [], () => { });

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host,
            CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
    }
}
