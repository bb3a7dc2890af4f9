using FluentValidation;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Api;

/// <summary>
/// Validates every argument of an endpoint that has a FluentValidation validator (a body, an
/// <c>[AsParameters]</c> query) before the handler runs, and answers 400 problem details naming each bad field.
/// Endpoints without such arguments get no filter at all.
/// </summary>
public static class RequestValidation
{
    /// <summary>Validates the requests of every endpoint of <paramref name="builder"/> (a group: all its routes).</summary>
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Create);

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var registered = context.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Index: index, Validator: typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
            .Where(candidate => registered.IsService(candidate.Validator))
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (index, validatorType) in validated)
            {
                if (invocation.Arguments[index] is not { } argument)
                {
                    continue;
                }
                var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                foreach (var field in result.Errors.GroupBy(error => error.PropertyName, StringComparer.Ordinal))
                {
                    errors[field.Key] = [.. errors.GetValueOrDefault(field.Key, []).Concat(field.Select(error => error.ErrorMessage)).Distinct()];
                }
            }
            return errors.Count == 0 ? await next(invocation) : Problems.Validation(errors);
        };
    }
}
