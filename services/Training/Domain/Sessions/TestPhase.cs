namespace Justice.Training.Domain.Sessions;

/// <summary>The same test is taken twice: before the training and at its end.</summary>
public enum TestPhase
{
    Pre,
    Post,
}
