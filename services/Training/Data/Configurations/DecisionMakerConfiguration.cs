using Justice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Training.Data.Configurations;

internal sealed class DecisionMakerConfiguration : IEntityTypeConfiguration<DecisionMaker>
{
    public void Configure(EntityTypeBuilder<DecisionMaker> decisionMaker)
    {
        decisionMaker.ToTable("decision_makers");
        decisionMaker.HasKey(d => d.Id);
        decisionMaker.Property(d => d.Id).HasColumnName("id");
        decisionMaker.Property(d => d.FullName).HasColumnName("full_name").HasMaxLength(200);
        decisionMaker.Property(d => d.Body).HasColumnName("body").HasMaxLength(10);
        decisionMaker.Property(d => d.Position).HasColumnName("position").HasMaxLength(200);
        decisionMaker.Property(d => d.RegisteredAt).HasColumnName("registered_at");
        decisionMaker.Property(d => d.Language).HasColumnName("language").HasMaxLength(2).HasDefaultValue("bg");
        decisionMaker.HasIndex(d => new { d.Body, d.RegisteredAt });
    }
}
