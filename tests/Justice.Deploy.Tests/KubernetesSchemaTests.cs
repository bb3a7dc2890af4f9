using System.Text.Json.Nodes;

namespace Justice.Deploy.Tests;

/// <summary>deploy/base renders with kustomize, and what it renders is what the Kubernetes API accepts.</summary>
public sealed class KubernetesSchemaTests
{
    [Fact]
    public async Task The_base_renders_into_a_namespace_its_settings_and_each_service_of_the_AppHost()
    {
        var kinds = (await DeployBase.ObjectsAsync()).GroupBy(item => (string)item["kind"]!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, kinds["Namespace"]);
        Assert.Equal(1, kinds["ConfigMap"]);
        Assert.Equal(AppHostModel.Projects.Count, kinds["Deployment"]);
        Assert.Equal(AppHostModel.Projects.Count, kinds["Service"]);
        Assert.Equal(AppHostModel.Projects.Count, kinds["PodDisruptionBudget"]);
    }

    [Fact]
    public async Task Every_object_is_valid_against_the_Kubernetes_API_schemas()
    {
        var errors = await KubernetesSchemas.SchemaErrorsAsync(await DeployBase.ObjectsAsync());

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task No_object_has_a_field_the_Kubernetes_API_does_not_know()
    {
        var errors = KubernetesSchemas.UnknownFields(await DeployBase.ObjectsAsync());

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_checks_find_a_wrong_type_a_missing_required_field_and_a_misspelt_one()
    {
        var deployment = (await DeployBase.ObjectsAsync()).First(item => (string?)item["kind"] == "Deployment");
        var wrong = (JsonObject)deployment.DeepClone();
        wrong["spec"]!["replicas"] = "2";
        Container(wrong).Remove("name");
        var misspelt = (JsonObject)deployment.DeepClone();
        Container(misspelt)["readinesProbe"] = Container(misspelt)["readinessProbe"]!.DeepClone();

        var schemaErrors = Assert.Single(await KubernetesSchemas.SchemaErrorsAsync([wrong]));
        var unknown = Assert.Single(KubernetesSchemas.UnknownFields([misspelt]));

        Assert.Contains("/spec/replicas must be integer", schemaErrors, StringComparison.Ordinal);
        Assert.Contains("/spec/template/spec/containers/0 must have required property name", schemaErrors, StringComparison.Ordinal);
        Assert.Contains("'readinesProbe'", unknown, StringComparison.Ordinal);
    }

    private static JsonObject Container(JsonObject deployment) =>
        deployment["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
}
