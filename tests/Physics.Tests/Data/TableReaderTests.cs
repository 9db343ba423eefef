using DipolePortal.Physics.Data;

namespace DipolePortal.Physics.Tests.Data;

public class TableReaderTests
{
    [Fact]
    public void Parse_WhenCommentsAndMixedSeparators_ReadsNumbers()
    {
        var rows = TableReader.Parse("# E [MeV], rate\n1.0, 2e-3\n\n2.5\t4\n", "inline");
        Assert.Equal(2, rows.Count);
        Assert.Equal(2e-3, rows[0][1]);
        Assert.Equal(2.5, rows[1][0]);
    }

    [Fact]
    public void Parse_WhenFieldIsNotANumber_NamesFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => TableReader.Parse("1 2\n3 x\n", "t.csv"));
        Assert.Contains("t.csv:2", ex.Message, StringComparison.Ordinal);
    }
}
