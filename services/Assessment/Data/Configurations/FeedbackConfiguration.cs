using System.Text.Json;
using Justice.Assessment.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Assessment.Data.Configurations;

internal sealed class FeedbackCodeConfiguration : IEntityTypeConfiguration<FeedbackCode>
{
    public void Configure(EntityTypeBuilder<FeedbackCode> code)
    {
        code.ToTable("feedback_codes");
        code.HasKey(c => c.Id);
        code.Property(c => c.CodeHash).HasMaxLength(32);
        code.Property(c => c.RegionCode).HasMaxLength(5);
        code.Property(c => c.AgeGroup).HasMaxLength(10);
        code.Property(c => c.Language).HasMaxLength(2);
        code.Property(c => c.IssuedBy).HasMaxLength(100);
        // Marking a code used is conditional on its being unused still: of two answers racing, one wins.
        code.Property(c => c.UsedAt).IsConcurrencyToken();
        code.HasIndex(c => c.CodeHash).IsUnique();
        code.HasIndex(c => c.VictimId);
    }
}

internal sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<FeedbackAnswer> answer)
    {
        answer.ToTable("feedback_answers");
        answer.HasKey(a => a.Id);
        answer.Property(a => a.RegionCode).HasMaxLength(5);
        answer.Property(a => a.AgeGroup).HasMaxLength(10);
        answer.Property(a => a.Language).HasMaxLength(2);
        answer.Property(a => a.Comment).HasMaxLength(FeedbackQuestionnaire.MaxCommentLength);
        answer.Property(a => a.Answers).HasColumnType("jsonb")
            .HasConversion(
                answers => JsonSerializer.Serialize(answers, Json),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    answers => JsonSerializer.Serialize(answers, Json).GetHashCode(StringComparison.Ordinal),
                    answers => new Dictionary<string, string>(answers)));
        answer.HasIndex(a => new { a.RegionCode, a.Month });
    }
}
