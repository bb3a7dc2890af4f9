using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Api;

/// <summary>What a request is about (a session, a participant), or the problem to answer instead of acting on it.</summary>
public sealed record Found<T>(T? Value, ProblemHttpResult? Problem) where T : class
{
    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Refused => Problem is not null;

    public static implicit operator Found<T>(T value) => new(value, null);

    public static implicit operator Found<T>(ProblemHttpResult problem) => new(null, problem);
}
