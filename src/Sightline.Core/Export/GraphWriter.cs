using System.Text.Json;
using System.Xml;
using Sightline.Export.Contracts;
using Sightline.Knowledge.Queries;

namespace Sightline.Export;

/// <summary>The contact graph in GraphML (yEd, i2, Gephi), GEXF 1.3 (Gephi, with dates on edges for its timeline) or JSON.</summary>
public static class GraphWriter
{
    public static void Write(Stream output, string format, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        switch (format)
        {
            case "graphml": GraphMl(output, nodes, edges); break;
            case "gexf": Gexf(output, nodes, edges); break;
            default: Json(output, nodes, edges); break;
        }
    }

    private static void GraphMl(Stream output, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartElement("graphml", ns);
        Key(xml, "label", "node", "label", "string");
        Key(xml, "kind", "node", "kind", "string");
        Key(xml, "sanctioned", "node", "sanctioned", "boolean");
        Key(xml, "lists", "node", "lists", "string");
        Key(xml, "event", "edge", "event", "string");
        Key(xml, "date", "edge", "date", "string");
        Key(xml, "start", "edge", "start", "string");
        Key(xml, "end", "edge", "end", "string");
        Key(xml, "meeting", "edge", "kind", "string");
        Key(xml, "evidence", "edge", "evidence", "string");
        Key(xml, "document", "edge", "document", "string");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var node in nodes)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", node.Key);
            Data(xml, "label", node.Name);
            Data(xml, "kind", node.Kind);
            Data(xml, "sanctioned", node.Sanctioned ? "true" : "false");
            Data(xml, "lists", string.Join("; ", node.Lists));
            xml.WriteEndElement();
        }
        foreach (var edge in edges)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", $"{edge.EventId}:{edge.From}:{edge.To}");
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            Data(xml, "event", edge.EventId);
            Data(xml, "date", edge.Date?.Value ?? "");
            Data(xml, "start", edge.Date?.StartText ?? "");
            Data(xml, "end", edge.Date?.EndText ?? "");
            Data(xml, "meeting", edge.Kind);
            Data(xml, "evidence", edge.Evidence);
            Data(xml, "document", edge.Document);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Key(XmlWriter xml, string id, string scope, string name, string type)
    {
        xml.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Gexf(Stream output, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        const string ns = "http://gexf.net/1.3";
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        xml.WriteStartElement("gexf", ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        Attributes(xml, ns, "node", ("kind", "string"), ("sanctioned", "boolean"), ("lists", "string"));
        Attributes(xml, ns, "edge", ("event", "string"), ("meeting", "string"), ("evidence", "string"), ("document", "string"));
        xml.WriteStartElement("nodes", ns);
        foreach (var node in nodes)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", node.Key);
            xml.WriteAttributeString("label", node.Name);
            AttValues(xml, ns, ("kind", node.Kind), ("sanctioned", node.Sanctioned ? "true" : "false"), ("lists", string.Join("; ", node.Lists)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", ns);
        foreach (var edge in edges)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", $"{edge.EventId}:{edge.From}:{edge.To}");
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            if (edge.Date is { } date)
            {
                xml.WriteAttributeString("start", date.StartText);
                xml.WriteAttributeString("end", date.EndText);
            }
            AttValues(xml, ns, ("event", edge.EventId), ("meeting", edge.Kind), ("evidence", edge.Evidence), ("document", edge.Document));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string ns, string scope, params (string Name, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", ns);
        xml.WriteAttributeString("class", scope);
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", ns);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, string ns, params (string For, string Value)[] values)
    {
        xml.WriteStartElement("attvalues", ns);
        foreach (var (name, value) in values)
        {
            xml.WriteStartElement("attvalue", ns);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Json(Stream output, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(json, GraphJson.Of(nodes, edges), CoreJsonContext.Default.GraphJson);
    }
}
