"""ReportLab building blocks of the PDF: fonts, styles, the document template and charts."""
