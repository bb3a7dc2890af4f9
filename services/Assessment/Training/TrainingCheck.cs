using Grpc.Core;
using Justice.Training.V1;

namespace Justice.Assessment.Training;

/// <summary>
/// Asks Training, which owns the practitioners' training, whether the caller's own account belongs to a trained
/// practitioner: only they may complete an assessment. The caller's token goes along, so Training answers for them
/// alone.
/// </summary>
public sealed class TrainingCheck(TrainingDirectory.TrainingDirectoryClient directory)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <exception cref="TrainingCheckUnavailableException">Training could not answer.</exception>
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
    }
}

public sealed class TrainingCheckUnavailableException(Exception inner)
    : Exception("The Training service could not say whether the practitioner is trained.", inner);
