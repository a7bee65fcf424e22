// Bundled fonts: the deck never asks a font CDN (headmatter `fonts.provider: none`).
import '@fontsource/source-sans-3/400.css'
import '@fontsource/source-sans-3/400-italic.css'
import '@fontsource/source-sans-3/600.css'
import '@fontsource/source-sans-3/700.css'
import './deck.css'
