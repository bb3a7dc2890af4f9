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
        decisionMaker.Property(d => d.Id);
        decisionMaker.Property(d => d.FullName).HasMaxLength(200);
        decisionMaker.Property(d => d.Body).HasMaxLength(10);
        decisionMaker.Property(d => d.Position).HasMaxLength(200);
        decisionMaker.Property(d => d.RegisteredAt);
        decisionMaker.Property(d => d.Language).HasMaxLength(2).HasDefaultValue("bg");
        decisionMaker.HasIndex(d => new { d.Body, d.RegisteredAt });
    }
}
