using System.Reflection;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Reflection;

namespace Justice.Gateway;

/// <summary>
/// gRPC server reflection for every service behind the gateway, answered by the gateway itself: a proxy to one
/// service's reflection would show that service alone. It answers from the descriptors of the .proto files in
/// services/Contracts/Protos, compiled into the gateway; the calls themselves are proxied to their services.
/// </summary>
public static class GrpcReflection
{
    public static IServiceCollection AddGatewayGrpcReflection(this IServiceCollection services)
    {
        var descriptors = ServiceDescriptors();
        services.AddGrpc();
        services.AddSingleton(new ReflectionServiceImpl(descriptors));
        services.AddSingleton(new ReflectionV1ServiceImpl(descriptors));
        return services;
    }

    /// <summary>Both versions of the reflection protocol (grpcurl asks v1, older tools v1alpha), for signed-in callers.</summary>
    public static IEndpointRouteBuilder MapGatewayGrpcReflection(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<ReflectionServiceImpl>().RequireAuthorization();
        app.MapGrpcService<ReflectionV1ServiceImpl>().RequireAuthorization();
        return app;
    }

    /// <summary>Every service of every contract compiled into the gateway, and reflection itself.</summary>
    public static IReadOnlyList<ServiceDescriptor> ServiceDescriptors() =>
    [
        .. ContractFiles().SelectMany(file => file.Services),
        Grpc.Reflection.V1.ServerReflection.Descriptor,
        Grpc.Reflection.V1Alpha.ServerReflection.Descriptor,
    ];

    /// <summary>The file descriptors protoc generated here: one <c>…Reflection</c> class per .proto file.</summary>
    public static IReadOnlyList<FileDescriptor> ContractFiles() =>
    [
        .. typeof(GrpcReflection).Assembly.GetTypes()
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(property => property?.PropertyType == typeof(FileDescriptor))
            .Select(property => (FileDescriptor)property!.GetValue(null)!)
            .OrderBy(file => file.Name, StringComparer.Ordinal),
    ];
}
