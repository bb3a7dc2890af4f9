using Grpc.Core;
using Justice.Training.V1;

namespace Justice.Assessment.Training;

/// <summary>Whether an account belongs to a practitioner whose training is complete: only they may complete an assessment.</summary>
public interface ITrainingCheck
{
    /// <exception cref="TrainingCheckUnavailableException">Training could not answer.</exception>
    /// <exception cref="TrainingCheckRefusedException">Training refused the caller's token for the question.</exception>
    Task<bool> IsTrainedAsync(string accountId, CancellationToken cancellationToken);
}

/// <summary>
/// Asks Training, which owns the practitioners' training, over gRPC (<c>TrainingDirectory.IsAccountTrained</c>). The
/// caller's token goes along, so Training answers for the caller's own account alone.
/// </summary>
public sealed class TrainingCheck(TrainingDirectory.TrainingDirectoryClient directory) : ITrainingCheck
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<bool> IsTrainedAsync(string accountId, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await directory.IsAccountTrainedAsync(new IsAccountTrainedRequest { AccountId = accountId },
                deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
            return answer.Trained;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal
                                      or StatusCode.Unknown)
        {
            throw new TrainingCheckUnavailableException(ex);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
        {
            // A token issued without the training scope, or for an account Training will not speak about.
            throw new TrainingCheckRefusedException(ex);
        }
    }
}

public sealed class TrainingCheckUnavailableException(Exception inner)
    : Exception("The Training service could not say whether the practitioner is trained.", inner);

public sealed class TrainingCheckRefusedException(Exception inner)
    : Exception("The Training service refused to say whether the practitioner is trained to this caller.", inner);
