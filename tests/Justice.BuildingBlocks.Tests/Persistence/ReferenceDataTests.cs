using CsvHelper;
using Justice.Persistence;

namespace Justice.BuildingBlocks.Tests.Persistence;

public sealed class ReferenceDataTests
{
    private sealed record Row(string Code, string NameEn);

    private static Row Map(CsvReader row) => new(row.GetString("code"), row.GetString("name_en"));

    [Fact]
    public void Reads_quoted_fields_with_commas_and_doubled_quotes()
    {
        var rows = ReferenceData.Parse(new StringReader(
            "code,name_en\r\nC2,\"Assessing the victim's emotional, mental and social state\"\r\nX,\"say \"\"hi\"\"\"\n"), Map);

        Assert.Equal([new Row("C2", "Assessing the victim's emotional, mental and social state"), new Row("X", "say \"hi\"")], rows);
    }

    [Fact]
    public void A_quoted_field_may_hold_a_line_break()
    {
        var rows = ReferenceData.Parse(new StringReader("code,name_en\nC1,\"first line\nsecond line\"\nC2,plain\n"), Map);

        Assert.Equal([new Row("C1", "first line\nsecond line"), new Row("C2", "plain")], rows);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        var row = Assert.Single(ReferenceData.Parse(new StringReader("name_en,code\nJudge,judge\n"), Map));

        Assert.Equal(new Row("judge", "Judge"), row);
    }
}
